<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: unencrypted, local servers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under mail written by hand. Announcements, releases, event invitations and meeting mail are signed by their owner and the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a server with the organisation&apos;s own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is kept only until commdesk closes, and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>set the SMTP server and sender (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port (587 for STARTTLS, 465 for SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender name, e.g. 品牌传播部 陈静</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N messages per minute (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate of the organisation&apos;s own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect, log in and disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the SMTP password in the system keyring (asked without echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list messages, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send what is queued (resumable; nothing is sent twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue failed messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also resend messages that may have been delivered (check first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel queued, failed or held messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild held press release messages from the release&apos;s approved version and queue them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held messages are never sent: &apos;commdesk outbox cancel {ids}&apos;, then send the invitation or minutes again from the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save messages as .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP account mail is sent from: configure, show, test, set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name; --user &quot;&quot; for a server without login (not given: the saved login name is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature under mail written by hand (announcements, releases, event invitations and meeting mail are signed by their owner and the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages waiting, sent and failed: list, send, retry, cancel, rebuild, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least --host and --from for a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail account saved: {host}:{port} ({security}), from {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name kept: {user}. Give --user &quot;&quot; if this server needs no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: store the password with &apos;commdesk mail set-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login: mail is sent without a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password for {user} (not stored): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so commdesk cannot store the password. commdesk will ask for it each time it sends (e.g. &apos;commdesk outbox send&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password entered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored in the system keyring (not in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queued messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages are being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancelled messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held messages are never sent: &apos;commdesk outbox rebuild {ids}&apos; once the release is approved again, or &apos;commdesk outbox cancel {ids}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} sent or tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again; send them with &apos;commdesk outbox send&apos;.</source>
        <translation>
            <numerusform>%n message queued again; send it with &apos;commdesk outbox send&apos;.</numerusform>
            <numerusform>%n messages queued again; send them with &apos;commdesk outbox send&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n message cancelled.</numerusform>
            <numerusform>%n messages cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt from the approved release and queued; send them with &apos;commdesk outbox send&apos;.</source>
        <translation>
            <numerusform>%n message rebuilt from the approved release and queued; send it with &apos;commdesk outbox send&apos;.</numerusform>
            <numerusform>%n messages rebuilt from the approved release and queued; send them with &apos;commdesk outbox send&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject builder (EM-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department / project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address a line, e.g. 张三 &lt;zhang.san@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How recipients receive it (EM-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【重要通知】 i&amp;mportant notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;personalised message per recipient ({{ salutation }}, {{ name }} …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message, everyone in &amp;Bcc (nobody sees the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;ordinary mail: everyone in To sees each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs follow-up by (EM-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;in outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this important notice for staff? To staff it goes as an announcement: to the subscription lists, after a reviewer approved it.

Yes: write it as an announcement now, with this text. No: it is for people outside; build the subject for this mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft announcement: submit it for review in Announcements; it is sent from there once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .eml files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n file saved in {folder}.</numerusform>
            <numerusform>%n files saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>&apos;{address}&apos; is not a valid e-mail address ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server name, e.g. smtp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the server name (e.g. smtp.example.org), without &apos;smtp://&apos; or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 587 for STARTTLS, 465 for SSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the security: starttls, ssl or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender address people will reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a whole number of messages per minute (0 for no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without STARTTLS or SSL the password and every mail cross the network unencrypted: use &apos;none&apos; only for a server on this computer or a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} usually goes with {other}, not {security}: check the provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give these attachments names that say what they are (e.g. 新闻稿-新品发布-20231120.pdf): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mail has %n attachment(s) that the text does not mention: say in the body what is attached (e.g. &apos;附件为新闻稿全文&apos;).</source>
        <translation>
            <numerusform>The mail has %n attachment that the text does not mention: say in the body what is attached (e.g. &apos;附件为新闻稿全文&apos;).</numerusform>
            <numerusform>The mail has %n attachments that the text does not mention: say in the body what is attached (e.g. &apos;附件为新闻稿全文&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Placeholders ({names}) need one personalised message per recipient: switch on personalisation or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} will be sent as written: only one personalised message per recipient fills placeholders in. Switch on personalisation, or send it as it is if the text quotes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: {names}. Available: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no value for {{{{ {name} }}}}: {addresses}.</source>
        <translation>
            <numerusform>%n recipient has no value for {{{{ {name} }}}}: {addresses}.</numerusform>
            <numerusform>%n recipients have no value for {{{{ {name} }}}}: {addresses}.</numerusform>
        </translation>
    </message>
    <message>
        <source>These addresses are not valid, correct or remove them: {addresses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} address(es) appear twice; each person receives the mail once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: add your signature in the mail account settings; it is appended to every mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder on line {line} is not written correctly ({reason}); write it as {{{{ name }}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be filled in for {address}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the mail is about (e.g. 周报).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the matter of the notice (e.g. 办公室搬迁).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused {what}: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is busy or unavailable for {what} ({reply}); commdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password for {user}: check it with &apos;commdesk mail set-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} does not offer what the account settings ask for ({reason}): check the security setting and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all recipients ({addresses})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} closed the connection; commdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({reason}): check the server name, or ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}): check that the security setting matches the port (usually STARTTLS on 587, SSL on 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name {host} cannot be found: check the name and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} did not answer in time; commdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server} ({reason}): check the network, host and port; commdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 465) or ask the provider for the right settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for {user}: set it with &apos;commdesk mail set-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept addresses with non-Latin characters (SMTPUTF8); use an ASCII address for {addresses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} ({how}) and logged in as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty: say what the mail is about, e.g. &apos;【项目A】周报-20231120&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject &apos;{subject}&apos; is too vague: state the core content, e.g. &apos;【项目A】周报-20231120&apos; or &apos;【重要通知】-办公室搬迁&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: subjects in the form &apos;[部门/项目代码]-[核心内容]-[日期]&apos; or &apos;【重要通知】-[事项描述]&apos; are easier to find later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail has no recipients: add at least one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bulk send would show {count} recipients to each other: send one personalised message per recipient, or put everyone in Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people would see each other&apos;s addresses: for that many, use a distribution list (personalised or Bcc) or hold a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc is meant only to hide the recipients of a bulk send: put people who must act in To and people who must know in Cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting changed after this invitation was made (time, place, agenda or participants). Cancel it and send the invitation again from the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes changed after this message was made. Cancel it and send the minutes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message could not be checked against the record it carries, so it was not sent. Close commdesk, open it again and send it; if it is held again, report it to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this, or give a reason to send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: may have been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {retrying} to retry, {remaining} still queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} held and never sent: what they carry changed after they were made (the outbox says why; rebuild or cancel them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted message(s) may have been delivered: check them before sending them again.</source>
        <translation>
            <numerusform>%n interrupted message may have been delivered: check it before sending it again.</numerusform>
            <numerusform>%n interrupted messages may have been delivered: check them before sending them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped on request; the rest stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send mail</source>
        <extracomment>A step after a message was sent: ``hook(ctx, item)``, run outside the outbox&apos;s transactions. ``check(session, related_id, source_revision) -&gt; hold code or None``, run inside the outbox&apos;s transactions (claim, the hand-over to the server, export, ``hold_stale_in``). why a plain mail presenting itself as an important notice to staff is held (AN-4) ``check(session, addresses) -&gt; bool``: whether any address belongs to the staff directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} cannot be exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild held mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} is held: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; may have reached {to} already (the connection broke while it was being sent). Check with a recipient, then either mark it delivered or confirm sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an interrupted message can be marked as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted (commdesk closed or the computer stopped) after the message was handed to the server; it may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for {user}: set it with &apos;commdesk mail set-password&apos; or in Outbox &gt; Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account is set up yet: enter the SMTP server in Outbox &gt; Account, or run &apos;commdesk mail configure --host HOST --port PORT --security starttls --from ADDRESS&apos;. Without an account, save the messages as .eml files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be read ({reason}): choose a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (it is not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting password is no longer stored on this computer; set it again in the meeting and send the invitation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting invitation: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

attached are the invitation (calendar file) and the agenda (PDF) for &apos;{title}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

the meeting &apos;{title}&apos; is cancelled; the attached calendar file removes it from your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

attached are the minutes of &apos;{title}&apos; (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <extracomment>States in which a release may be mailed: it has passed the four-eyes review (the gate&apos;s rule). recipients who already received the release or have it waiting in the outbox: (name, address, status in words); sending again needs ``again=True``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} already went to (or is waiting for) {count} of these recipients: {names}. Send it to them again only if you mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} has no distribution lists: choose them in the release editor (or pick lists to send to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on these lists can be mailed (see who is left out and why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only held press release messages can be rebuilt; not: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release sent by e-mail: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} “{subject}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release {reference}: {reason}</source>
        <extracomment>``name(session, related_id) -&gt; how people know the record, or None``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the release is approved: “Rebuild” in the Outbox, or commdesk outbox rebuild {message}; to drop it: “Cancel message”, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} {then}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailIntake</name>
    <message>
        <source>Enter the IMAP server name, e.g. imap.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the server name (e.g. imap.example.org), without &apos;imap://&apos; or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 993 for SSL, 143 for STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the security: ssl, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder to read, on one line (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens on the server after a message is taken in: leave, mark_seen or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without SSL or STARTTLS the password and every message cross the network unencrypted: use &apos;none&apos; only for a server on this computer or a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages will be deleted from the server once they are taken in: the desk then holds the only copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has none of From, To, Subject or Date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is {size} MB, more than the {limit} MB that is read: only its headers were read. Open it in a mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read ({reason}); it is kept aside as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text did not say its character set correctly; it was read as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text declares an unknown character set &apos;{charset}&apos;; it was read as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters could not be read and are shown as &apos;�&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject or a name was sent without its character set; it was read as best it could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s parts were not marked correctly; they were separated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s parts could not be separated; its raw text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the message was damaged in transit; what could be decoded is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no date; the time it was received is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s date &apos;{value}&apos; cannot be read; the time it was received is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says nobody as its sender, so no acknowledgement can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Message-ID; one was made from its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is very long; only its first {limit} characters are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than {limit} parts; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &apos;{name}&apos; is {size} MB, more than the {limit} MB kept: it is listed, its content is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &apos;{name}&apos; could not be read; it is listed without its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the message could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delivery status report (the mail could not be delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by the mail system ({address})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names recipients the mail could not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject says the mail could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says it was sent automatically (Auto-Submitted: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is marked as an automatic reply ({header})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it asks not to be answered automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is bulk or list mail (Precedence: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sent with an empty return address, as automatic mail is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject says it is an automatic or out-of-office reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no column &apos;{column}&apos; (given for {field}); its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding} ({reason}): choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8, GB18030 or Big5: save the form&apos;s export as CSV (UTF-8) and take it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has no message and no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &apos;{value}&apos; is not a valid e-mail address, so no acknowledgement can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &apos;{value}&apos; cannot be read; the time it was taken in is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row gives no e-mail address, so no acknowledgement can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows after row {row} were not read: a form export may have at most {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; split the export and take in the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CSV export of a form ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column for the message (such as &apos;message&apos; or &apos;留言&apos;); its columns are: {columns}. Name the message column &apos;message&apos; (or &apos;留言&apos;) and take the file in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty: it has no header row and no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} refused the user name or password for {user}: check them in the mailbox settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist in the mailbox on {server}: check the folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 993) in the mailbox settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({reason}): check the server name, or add the organisation&apos;s certificate file in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}): check that the security setting matches the port (usually SSL on 993, STARTTLS on 143).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name {host} cannot be found: check the name and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at {server}: check the server name and the port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection ({reason}); try again later. If it happens again, check that the security setting matches the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server} ({reason}): check the network, the server name and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {server} answered with an error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the mailbox was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}, UID {uid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: the folder &apos;{folder}&apos; holds {count} messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the feedback mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback mailbox is set up yet: enter its IMAP server, user and folder in the settings. Until then, take in .eml files or a web form&apos;s CSV export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the mailbox password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (it is not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the feedback mailbox ({user}) has not been entered yet: enter it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the feedback mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSending</name>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are in the outbox. Send them now? (Otherwise they wait in the Outbox pane.)</source>
        <translation>
            <numerusform>%n message is in the outbox. Send it now? (Otherwise it waits in the Outbox pane.)</numerusform>
            <numerusform>%n messages are in the outbox. Send them now? (Otherwise they wait in the Outbox pane.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save .eml files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}; open them with any mail program to send them.</source>
        <translation>
            <numerusform>%n file saved in {folder}; open it with any mail program to send it.</numerusform>
            <numerusform>%n files saved in {folder}; open them with any mail program to send them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up (EM-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find recipient or subject (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make held press release messages again from the release&apos;s approved version and queue them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account yet: set it up with Account…, or save mails as .eml files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{queued} queued, {failed} failed, {sent} sent · from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held: what they carry changed after they were made (see why); rebuild or cancel them.</source>
        <translation>
            <numerusform>%n held: what it carries changed after it was made (see why); rebuild or cancel it.</numerusform>
            <numerusform>%n held: what they carry changed after they were made (see why); rebuild or cancel them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed or cancelled message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a queued, failed or held message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a held press release message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one message whose delivery is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one message that needs a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were interrupted while being sent and may have arrived already. Send them again anyway? (Check with a recipient first if you can.)</source>
        <translation>
            <numerusform>%n message was interrupted while being sent and may have arrived already. Send it again anyway? (Check with the recipient first if you can.)</numerusform>
            <numerusform>%n messages were interrupted while being sent and may have arrived already. Send them again anyway? (Check with a recipient first if you can.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt and queued.</source>
        <translation>
            <numerusform>%n message rebuilt and queued.</numerusform>
            <numerusform>%n messages rebuilt and queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n message(s)? They will not be sent.</source>
        <translation>
            <numerusform>Cancel %n message? It will not be sent.</numerusform>
            <numerusform>Cancel %n messages? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: the password is kept until commdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the mail account first (Account…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the organisation&apos;s zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> +%n more</source>
        <translation>
            <numerusform> +%n more</numerusform>
            <numerusform> +%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
