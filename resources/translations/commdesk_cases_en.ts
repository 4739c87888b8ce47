<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cases</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (waiting for them), {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {time} of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late, {time} of working time after the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already “{status}”; from here it can become: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from “{old}” to “{new}”; from “{old}” it can become: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1 (general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2 (serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3 (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person&apos;s problem the desk can settle; decided by an officer or a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated or costly harm, or a promise broken; decided by a reviewer, who answers for the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety, legal or media risk, or many people affected; decided by a manager named in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager named in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint&apos;s grade is 1, 2 or 3; {grade} is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint of “{grade}” is decided by {deciders}; hand it to one of them or ask them to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer, a reviewer or a manager named in the settings may grade a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
