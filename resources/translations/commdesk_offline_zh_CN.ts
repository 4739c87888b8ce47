<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the server database&apos;s offline copy on this computer: status, refresh, sync, resolve</source>
        <translation>这台电脑上服务器数据库的离线副本：状态、刷新、同步、处理冲突</translation>
    </message>
    <message>
        <source>when the copy was taken, and the offline changes not yet on the server</source>
        <translation>副本保存的时间，以及尚未发送到服务器的离线更改</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>send what waits, then make the offline copy anew from the server</source>
        <translation>先发送待发送的更改，再从服务器重新生成离线副本</translation>
    </message>
    <message>
        <source>send the offline changes to the server, then refresh the copy</source>
        <translation>将离线更改发送到服务器，然后刷新副本</translation>
    </message>
    <message>
        <source>decide about an offline change that waits (a conflict or a refusal)</source>
        <translation>处理一项待决定的离线更改（冲突或被拒绝）</translation>
    </message>
    <message>
        <source>the change&apos;s number (&apos;offline status&apos;)</source>
        <translation>更改的编号（见 &apos;offline status&apos;）</translation>
    </message>
    <message>
        <source>save mine again on top of the stored version</source>
        <translation>在已存版本之上再次保存我的版本</translation>
    </message>
    <message>
        <source>keep the stored version and drop mine</source>
        <translation>保留已存版本，放弃我的版本</translation>
    </message>
    <message>
        <source>save mine with the notes merged by hand in FILE (UTF-8 text) on top of the stored version</source>
        <translation>以 FILE（UTF-8 文本）中手工合并的记录内容，在已存版本之上保存我的版本</translation>
    </message>
    <message>
        <source>An offline copy is kept only of a server database; {db} is a file on this computer.</source>
        <translation>只有服务器数据库才有离线副本；{db} 是这台电脑上的文件。</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({reason}); try again once it can.</source>
        <translation>无法连接数据库服务器（{reason}）；请在可以连接时重试。</translation>
    </message>
    <message>
        <source>There is no offline copy of this server on this computer yet; it is made when commdesk connects to it (&apos;commdesk offline refresh&apos;).</source>
        <translation>这台电脑上还没有该服务器的离线副本；commdesk 连接到服务器时会生成（&apos;commdesk offline refresh&apos;）。</translation>
    </message>
    <message>
        <source>Offline copy of {server} for {name}, taken {when} UTC.</source>
        <translation>{server} 为 {name} 保存的离线副本，保存于 {when} UTC。</translation>
    </message>
    <message>
        <source>Nothing written offline waits to be sent.</source>
        <translation>没有待发送的离线更改。</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Decide with &apos;commdesk offline resolve ID --mine|--theirs|--merged-notes FILE&apos;.</source>
        <translation>请用 &apos;commdesk offline resolve ID --mine|--theirs|--merged-notes FILE&apos; 处理。</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy made: %n meeting(s) of the coming days for {name}.</source>
        <translation>
            <numerusform>已生成离线副本：{name} 近期的 %n 个会议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only offline minutes can be merged by hand.</source>
        <translation>只有离线纪要可以手工合并。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <source>sent to the server</source>
        <translation>已发送到服务器</translation>
    </message>
    <message>
        <source>dropped; the stored version was kept</source>
        <translation>已放弃；保留了已存版本</translation>
    </message>
    <message>
        <source>still in conflict (changed again meanwhile)</source>
        <translation>仍有冲突（期间又被修改）</translation>
    </message>
    <message>
        <source>Offline change {id}: {state}.</source>
        <translation>离线更改 {id}：{state}。</translation>
    </message>
</context>
<context>
    <name>NotesMergeDialog</name>
    <message>
        <source>Merge the notes</source>
        <translation>合并记录内容</translation>
    </message>
    <message>
        <source>Your notes (written offline)</source>
        <translation>您的记录（离线写下）</translation>
    </message>
    <message>
        <source>Stored notes</source>
        <translation>已存的记录</translation>
    </message>
    <message>
        <source>&amp;Merged notes (these are saved, with the rest of your minutes):</source>
        <translation>合并后的记录(&amp;M)（将与您纪要的其余部分一起保存）：</translation>
    </message>
    <message>
        <source>Discard the merge?</source>
        <translation>放弃合并？</translation>
    </message>
    <message>
        <source>Close without keeping the merged notes?</source>
        <translation>关闭且不保留合并后的记录？</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>An offline copy is made for a person; sign in first, then refresh it.</source>
        <translation>离线副本是为某个人生成的；请先登录，再刷新。</translation>
    </message>
    <message>
        <source>The offline copy is open in a commdesk that works offline; reconnect or close that window first, then refresh the copy.</source>
        <translation>离线副本正被一个离线工作的 commdesk 打开；请先让该窗口重新连接或关闭它，再刷新副本。</translation>
    </message>
    <message>
        <source>The offline copy on this computer cannot be used (it is damaged or was made by another commdesk version); connect to the server once to make it anew.</source>
        <translation>这台电脑上的离线副本无法使用（已损坏或由其他版本的 commdesk 生成）；请连接服务器一次以重新生成。</translation>
    </message>
    <message numerus="yes">
        <source>%n offline change(s) sent to the server.</source>
        <translation>
            <numerusform>已将 %n 项离线更改发送到服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline change(s) sent to the server; {k} wait for your decision (&apos;commdesk offline status&apos; lists them).</source>
        <translation>
            <numerusform>已将 %n 项离线更改发送到服务器；{k} 项等待您决定（&apos;commdesk offline status&apos; 会列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline work is sent as the person who wrote it; sign in first.</source>
        <translation>离线工作以写下它的人的身份发送；请先登录。</translation>
    </message>
    <message>
        <source>The offline work on this computer was written by {name}; it is sent only when {name} connects to the server with their own login.</source>
        <translation>这台电脑上的离线工作由 {name} 写下；只有 {name} 用自己的登录名连接服务器时才会发送。</translation>
    </message>
    <message>
        <source>written offline at {at} by {name}</source>
        <translation>由 {name} 于 {at} 离线写下</translation>
    </message>
    <message>
        <source>The meeting these minutes belong to was planned offline and is not on the server yet; decide about that meeting first.</source>
        <translation>这份纪要所属的会议是离线安排的，尚未保存到服务器；请先处理该会议。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>agenda then: {then}; now: {now}</source>
        <translation>议程原为：{then}；现为：{now}</translation>
    </message>
    <message>
        <source>participants then: {then}; now: {now}</source>
        <translation>参会人原为：{then}；现为：{now}</translation>
    </message>
    <message>
        <source>The meeting was changed on the server while these minutes were written offline ({changes}); the minutes refer to its agenda items and participants by their place. Compare and decide.</source>
        <translation>离线写这份纪要期间，服务器上的会议被修改了（{changes}）；纪要按位置引用议程项和参会人。请比较后决定。</translation>
    </message>
    <message>
        <source>carried by a later save of the same minutes</source>
        <translation>已由同一纪要之后的保存一并发送</translation>
    </message>
    <message>
        <source>No offline change {id} waits for a decision; &apos;commdesk offline status&apos; lists them.</source>
        <translation>没有编号为 {id} 的待决定离线更改；&apos;commdesk offline status&apos; 会列出它们。</translation>
    </message>
    <message>
        <source>dropped in favour of the stored version: {what} written offline at {at}</source>
        <translation>已放弃，保留已存版本：{at} 离线写下的{what}</translation>
    </message>
    <message>
        <source>dropped: the stored version was kept</source>
        <translation>已放弃：保留了已存版本</translation>
    </message>
    <message>
        <source>Give the merged minutes to keep.</source>
        <translation>请提供要保留的合并后纪要。</translation>
    </message>
    <message>
        <source>planned meeting “{topic}”</source>
        <translation>安排的会议“{topic}”</translation>
    </message>
    <message>
        <source>minutes of meeting {id}</source>
        <translation>会议 {id} 的纪要</translation>
    </message>
    <message>
        <source>offline: only minutes and planning a meeting; the rest waits for the server</source>
        <translation>离线：只能记录纪要和安排会议；其余操作需等服务器恢复</translation>
    </message>
    <message>
        <source>Working offline: the server {db} cannot be reached. You see your meetings as of {when}. You can take minutes (live mode) and plan a meeting; they are kept on this computer and sent when the server is back. Everything else is read-only until then.</source>
        <translation>离线工作中：无法连接服务器 {db}。您看到的是截至 {when} 的会议。您可以记录纪要（现场模式）和安排会议；这些内容保存在这台电脑上，服务器恢复后发送。在此之前其余内容均为只读。</translation>
    </message>
    <message>
        <source>(Why: {reason})</source>
        <translation>（原因：{reason}）</translation>
    </message>
    <message>
        <source>The server answers again. Reconnect to send what you wrote offline and to work on the server; open minutes are saved first.</source>
        <translation>服务器已恢复响应。重新连接即可发送离线写下的内容并回到服务器上工作；打开的纪要会先保存。</translation>
    </message>
    <message>
        <source>You can work offline on this computer&apos;s copy of your meetings (taken {when}): take minutes and plan a meeting now, they are sent when the server is back.</source>
        <translation>您可以在这台电脑上的会议副本（保存于 {when}）上离线工作：现在就可以记录纪要和安排会议，服务器恢复后发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written offline wait for your decision: the same record was changed on the server meanwhile, or the server refused it.</source>
        <translation>
            <numerusform>%n 项离线更改等待您决定：服务器上的同一记录期间被修改，或服务器拒绝了它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineChangesDialog</name>
    <message>
        <source>Offline changes waiting for a decision</source>
        <translation>待决定的离线更改</translation>
    </message>
    <message>
        <source>These changes were written offline and could not simply be saved: compare each with the stored version, then keep yours (saved on top of it) or keep the stored one (yours is dropped; the audit log notes it).</source>
        <translation>这些更改是离线写下的，无法直接保存：请逐项与已存版本比较，然后保留您的版本（在其之上保存）或保留已存版本（放弃您的版本；审计日志会记录）。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Written offline</source>
        <translation>离线写下时间</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>等待原因</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>比较并决定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge the notes by hand…</source>
        <translation>手工合并记录内容(&amp;M)…</translation>
    </message>
    <message>
        <source>Drop this offline change?</source>
        <translation>放弃这项离线更改？</translation>
    </message>
    <message>
        <source>The server refused {what}: {why}. Drop it? (The audit log notes it.)</source>
        <translation>服务器拒绝了{what}：{why}。要放弃吗？（审计日志会记录。）</translation>
    </message>
    <message>
        <source>Yours was saved on the server.</source>
        <translation>您的版本已保存到服务器。</translation>
    </message>
    <message>
        <source>Yours was dropped; the stored version stays.</source>
        <translation>已放弃您的版本；保留已存版本。</translation>
    </message>
    <message>
        <source>The record changed again meanwhile; compare once more.</source>
        <translation>记录期间又被修改；请再比较一次。</translation>
    </message>
    <message>
        <source>The server refused it; see why in the list.</source>
        <translation>服务器拒绝了它；原因见列表。</translation>
    </message>
    <message>
        <source>The decision could not be sent</source>
        <translation>无法发送该决定</translation>
    </message>
</context>
</TS>
