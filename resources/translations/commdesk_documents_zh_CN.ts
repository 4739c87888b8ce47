<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <source>Decision</source>
        <extracomment>Rows per table chunk: a few pages&apos; worth. Only that many rows&apos; paragraphs wait in memory; a chunk split at a page end measures its cells once (``CellParagraph``, and split parts keep the row heights measured), so the size costs little time either way.</extracomment>
        <translation>决定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Hash: {digest}</source>
        <translation>哈希值：{digest}</translation>
    </message>
    <message>
        <source>This image cannot be read ({error}); use a PNG or JPEG file.</source>
        <translation>无法读取此图片（{error}），请使用 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The PDF fonts could not be built ({error}). Run ./dev build, or reinstall commdesk, and try again.</source>
        <translation>无法生成 PDF 字体（{error}）。请运行 ./dev build 或重新安装 commdesk 后重试。</translation>
    </message>
    <message>
        <source>The PDF fonts are missing (NotoSansCJKsc-Regular.ttf). Run ./dev build, or reinstall commdesk, and try again.</source>
        <translation>缺少 PDF 字体（NotoSansCJKsc-Regular.ttf）。请运行 ./dev build 或重新安装 commdesk 后重试。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Part of the document does not fit on a page ({error}).</source>
        <translation>文档有一部分无法排入页面（{error}）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>文件夹 {folder} 不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>人员与角色</translation>
    </message>
    <message>
        <source>{n} people, {active} active</source>
        <translation>共 {n} 人，{active} 人在职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No people.</source>
        <translation>暂无人员。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>The audit log has no entries for this period.</source>
        <translation>此期间审计日志中没有记录。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what was done to a record</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>原值 → 新值</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>&quot;Open&quot; and &quot;Show in folder&quot; in the question after saving (tests answer with these).</extracomment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Preparing the PDF “{title}”…</source>
        <translation>正在生成 PDF“{title}”…</translation>
    </message>
    <message>
        <source>Save “{title}” as PDF</source>
        <translation>将“{title}”另存为 PDF</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>文件夹 {folder} 不存在，请另选一个。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path} ({error}). Choose another folder, or close the file if another program has it open.</source>
        <translation>无法将 PDF 保存为 {path}（{error}）。请另选文件夹；如该文件已在其他程序中打开，请先关闭。</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>已将 {name} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>预览：{title}</translation>
    </message>
    <message>
        <source>A preview is not available in this installation. Save the PDF and open it in your PDF viewer.</source>
        <translation>此安装无法预览。请保存 PDF 后用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
</context>
</TS>
