<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Strings of Qt's own file dialog that Qt's qtbase_zh_CN catalogue lacks (Qt 6 added mnemonics to
  "Look in:" / "Files of type:" and moved the file type names to QAbstractFileIconProvider). Kept by
  hand: these contexts have no source in commdesk, so scripts/update_translations.py (lupdate) does not
  manage this file; tests/ui/test_shell_qa_qt_dialog_zh.py checks that the file dialog shows no English.
-->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
</TS>
