<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cases</name>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>下次进展告知</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超时达成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Overdue since {due}</source>
        <translation>自 {due} 起已超时</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Paused (waiting for them), {time} left</source>
        <translation>已暂停（等待对方），剩余 {time}</translation>
    </message>
    <message>
        <source>Overdue by {time} of working time</source>
        <translation>已超时 {time}（工作时间）</translation>
    </message>
    <message>
        <source>Met late, {time} of working time after the due time</source>
        <translation>超时达成，晚于期限 {time}（工作时间）</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Feedback mailbox</source>
        <translation>反馈邮箱</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>在线表单</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation>媒体问询</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for them</source>
        <translation>等待对方</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The case is already “{status}”; from here it can become: {choices}.</source>
        <translation>该事项已是“{status}”；现在可改为：{choices}。</translation>
    </message>
    <message>
        <source>A case cannot go from “{old}” to “{new}”; from “{old}” it can become: {choices}.</source>
        <translation>事项不能从“{old}”改为“{new}”；“{old}”可改为：{choices}。</translation>
    </message>
    <message>
        <source>Grade 1 (general)</source>
        <translation>一级（一般）</translation>
    </message>
    <message>
        <source>Grade 2 (serious)</source>
        <translation>二级（较大）</translation>
    </message>
    <message>
        <source>Grade 3 (major)</source>
        <translation>三级（重大）</translation>
    </message>
    <message>
        <source>One person&apos;s problem the desk can settle; decided by an officer or a reviewer.</source>
        <translation>个人问题，窗口即可解决；由传播专员或审核人决定。</translation>
    </message>
    <message>
        <source>Repeated or costly harm, or a promise broken; decided by a reviewer, who answers for the organisation.</source>
        <translation>反复发生或损失较大，或未兑现承诺；由代表组织表态的审核人决定。</translation>
    </message>
    <message>
        <source>Safety, legal or media risk, or many people affected; decided by a manager named in the settings.</source>
        <translation>涉及安全、法律或媒体风险，或影响人数众多；由设置中指定的负责人决定。</translation>
    </message>
    <message>
        <source>an officer</source>
        <translation>传播专员</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>a manager named in the settings</source>
        <translation>设置中指定的负责人</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>A complaint&apos;s grade is 1, 2 or 3; {grade} is not one of them.</source>
        <translation>投诉等级只能是 1、2 或 3；{grade} 不在其中。</translation>
    </message>
    <message>
        <source>A complaint of “{grade}” is decided by {deciders}; hand it to one of them or ask them to decide.</source>
        <translation>“{grade}”投诉由{deciders}决定；请转交给他们，或请他们决定。</translation>
    </message>
    <message>
        <source>Only an officer, a reviewer or a manager named in the settings may grade a complaint.</source>
        <translation>只有传播专员、审核人或设置中指定的负责人可以为投诉定级。</translation>
    </message>
</context>
</TS>
